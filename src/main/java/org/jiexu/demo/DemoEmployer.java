package org.jiexu.demo;

/**
 * A demo employer (参保单位), insured at one demo agency.
 *
 * @param creditCode its unified social credit code (统一社会信用代码, GB 32100), registered in the agency's county
 * @param name its Chinese name
 * @param agencyCode the code of the {@link DemoAgency} it is insured at
 */
public record DemoEmployer(String creditCode, String name, String agencyCode) {

}
