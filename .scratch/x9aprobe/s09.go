// Exercises: main body where a later local declaration shares a name with a struct field and a method
package main

import "fmt"

type Box struct{ size int }

func (b Box) size2() int { return b.size * 2 }

func main() {
	b := Box{3}
	size := b.size2()
	fmt.Println(size, b.size)
	size2 := size + 1
	fmt.Println(size2, b.size2())
}
