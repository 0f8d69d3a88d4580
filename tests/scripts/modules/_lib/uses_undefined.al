fn helper() { 1 }
fn uses_main() { main_only }
