package org.jiexu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Jiexu (接续): the pension insurance transfer and continuation platform.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class JiexuApplication {

	public static void main(String[] args) {
		SpringApplication.run(JiexuApplication.class, args);
	}

}
