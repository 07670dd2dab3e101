// Exercises: since Go 1.21 panic(nil) is recovered as a *runtime.PanicNilError, not nil
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	panic(nil)
}
