/**
 * flux's JUnit 5 extension: {@link dev.flux.junit.FluxTest} gives each test class a database of
 * its own, {@link dev.flux.junit.MigrateTo} and {@link dev.flux.junit.RollbackAfter} move it between
 * versions, {@link dev.flux.junit.FluxDatabase} moves it inside a test and checks every undo with
 * {@link dev.flux.junit.FluxDatabase#roundTrips()}, and {@link dev.flux.junit.FluxAssertions} asserts on
 * its schema.
 */
package dev.flux.junit;
