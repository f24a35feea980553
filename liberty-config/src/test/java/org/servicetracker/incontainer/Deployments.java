package org.servicetracker.incontainer;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test archives carrying the domain module and the EAR's libraries as they were built, so the
 * services under test run with their own persistence unit on the application's data source, and the
 * interceptors its deployment descriptor binds (a web archive reads it from {@code WEB-INF} only).
 */
final class Deployments {
  private Deployments() {}

  static WebArchive withDomain(String name, Class<?>... testClasses) {
    File ear = new File(System.getProperty("st.ear.dir", "target/service-tracker"));
    File domain = new File(ear, "domain-ejb.jar");
    Asset descriptor =
        ShrinkWrap.createFromZipFile(JavaArchive.class, domain)
            .get("META-INF/ejb-jar.xml")
            .getAsset();
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addClasses(testClasses)
        .addClasses(Deployments.class, TestMail.class)
        .addAsLibrary(domain)
        .addAsWebInfResource(descriptor, "ejb-jar.xml")
        .addAsLibraries(new File(ear, "lib").listFiles())
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
        .addAsWebInfResource(
            new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml");
  }

  private static File jarOf(Class<?> type) {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
  }
}
