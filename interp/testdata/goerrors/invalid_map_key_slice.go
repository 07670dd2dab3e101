// Compile error: using a slice type as a map key.
// Expected: invalid map key type []string
package main

import "fmt"

func main() {
	seen := map[[]string]bool{}
	fmt.Println(len(seen))
}
