package com.example.app;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Reads the customers through JPA once the application has started: the schema is already migrated. */
@Component
class StartupReport implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    private final CustomerRepository customers;

    StartupReport(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public void run(ApplicationArguments args) {
        LOG.info("Customers at startup: {}", customers.findAllByOrderByIdAsc().stream()
                .map(c -> c.getName() + " <" + c.getEmail() + ">").collect(Collectors.joining(", ")));
    }
}
