// Compile error: a package is imported but never used.
// Expected: "strings" imported and not used
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("hello")
}
