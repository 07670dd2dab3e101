package main

import "fmt"

type A struct{ a int }

func (A) String() string { return "A" }

type B struct{ b int }

func (B) String() string { return "B" }

type Both struct {
	A
	B
}

type Shadow struct {
	A
	n int
}

func (Shadow) String() string { return "Shadow" }

type Deep struct{ Shadow }

func main() {
	fmt.Println(Both{A{1}, B{2}})
	fmt.Println(Shadow{A{1}, 2}, Deep{Shadow{A{3}, 4}})
	fmt.Printf("%v %+v\n", []Both{{}}, Both{})
}
