// Compile error: calling Println without the fmt. qualifier.
// Expected: undefined: Println
package main

import "fmt"

func main() {
	fmt.Print("start ")
	Println("done")
}
