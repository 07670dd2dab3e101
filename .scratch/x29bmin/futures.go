// Reduction of conc_x29b_futures.go (both styles: program and notebook). SILENT.
// Slicing a composite literal past its capacity, then recovering the panic.
// Go prints:      runtime error: slice bounds out of range [:5] with capacity 3
// Session prints: runtime error: slice bounds out of range
// (no error reported; the recovered message loses "[:5] with capacity 3").
// With the slice in a variable first (s := []int{1, 2, 3}; s[:idx]) the
// session agrees with Go.
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	idx := 5
	fmt.Println([]int{1, 2, 3}[:idx])
}
