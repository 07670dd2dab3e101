// Go prints "/x10a-home /x10a-tmp": os.UserHomeDir and os.TempDir read what os.Setenv set; in the session they print the worker's real HOME and TMPDIR.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Setenv("HOME", "/x10a-home")
	os.Setenv("TMPDIR", "/x10a-tmp")
	home, _ := os.UserHomeDir()
	fmt.Println(home, os.TempDir())
}
