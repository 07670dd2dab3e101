// Exercises: maps of structs (copy out, modify, write back), maps of pointers to structs, struct values as keys, struct comparison with ==.
package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Key struct {
	Row, Col int
}

func main() {
	inv := map[string]Item{
		"apple":  {"apple", 5, 0.5},
		"banana": {"banana", 12, 0.25},
	}
	it := inv["apple"]
	it.Qty += 10
	fmt.Println(inv["apple"].Qty, it.Qty)
	inv["apple"] = it
	fmt.Println(inv["apple"].Qty)
	ptrs := map[string]*Item{"pear": {"pear", 1, 1.0}}
	ptrs["pear"].Qty = 99
	fmt.Println(*ptrs["pear"])
	total := 0.0
	names := make([]string, 0, len(inv))
	for name, item := range inv {
		total += float64(item.Qty) * item.Price
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names, total)
	board := map[Key]string{}
	board[Key{0, 0}] = "X"
	board[Key{1, 1}] = "O"
	fmt.Println(board[Key{0, 0}], board[Key{1, 1}], board[Key{2, 2}] == "")
	fmt.Println(len(board), board)
	a := Item{"x", 1, 2}
	b := Item{"x", 1, 2}
	c := a
	c.Qty = 2
	fmt.Println(a == b, a == c, a != c)
	type pair struct{ a, b any }
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, 2} == pair{1, int64(2)})
	seen := map[[2]int]bool{{1, 2}: true}
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
}
