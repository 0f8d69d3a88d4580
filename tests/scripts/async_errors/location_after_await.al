// exit: 1
// Fuzz finding 4: an error after an .await is reported where it happens, not at the start of the body.
sleep(1ms).await;
println(1 / 0);
