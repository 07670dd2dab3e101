package main

import "fmt"

type ID int

func (i ID) String() string { return fmt.Sprintf("id%03d", int(i)) }

type Node struct {
	ID       ID
	Children []*Node
	Attrs    map[string]ID
}

func main() {
	n := &Node{1, []*Node{{ID: 2}, {ID: 3, Attrs: map[string]ID{"p": 1}}}, nil}
	fmt.Printf("%v\n", *n.Children[1])
	fmt.Printf("%+v\n", *n.Children[1])
	fmt.Println([][]ID{{1, 2}, {3}}, map[ID][]ID{5: {6}}, [2]ID{7, 8}, struct{ X []ID }{[]ID{9}})
	ch := make(chan ID, 1)
	ch <- 4
	fmt.Println(<-ch, any(ID(5)), []any{ID(6), 6})
}
