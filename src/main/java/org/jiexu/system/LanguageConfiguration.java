package org.jiexu.system;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language of a request. Pages are Chinese (zh-CN) until the user picks English with {@code ?lang=en};
 * the choice sticks for the session. API requests, which keep no session, follow {@code Accept-Language}
 * (English when it prefers English, otherwise Chinese).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocaleFunction(request -> {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					&& request.getHeader("Accept-Language") != null) {
				Locale wanted = request.getLocale();
				return Locale.ENGLISH.getLanguage().equals(wanted.getLanguage()) ? Locale.ENGLISH : CHINESE;
			}
			return CHINESE;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale wanted = super.parseLocaleValue(value);
				return wanted != null && Locale.ENGLISH.getLanguage().equals(wanted.getLanguage()) ? Locale.ENGLISH
						: CHINESE;
			}
		};
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

}
