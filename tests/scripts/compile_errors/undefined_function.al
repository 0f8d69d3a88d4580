// exit: 1
fn helper() { 1 }
println(helpr());
