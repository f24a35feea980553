/** Demo data for newcomers, loaded only in demo mode ({@code st.demo.enabled=true}). */
package org.servicetracker.demo;
