package org.jiexu.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the modules' scheduled jobs ({@code @Scheduled}), e.g. the nightly expiry of contribution imports that
 * were checked and never imported. Their times are in Asia/Shanghai.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
