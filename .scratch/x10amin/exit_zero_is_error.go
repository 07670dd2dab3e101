// Go prints "bye" and exits with status 0 (success, no error); the session prints "bye" and then reports the error "os.Exit: os.Exit(0) was called".
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("bye")
	os.Exit(0)
}
