// Exercises: slices and maps of the program's struct types held in an
// interface{}: %T, %v and %+v name them as Go does.
package main

import "fmt"

type Item struct {
	Name  string
	Price float64
}

type Order struct {
	ID    int
	Items []Item
}

func show(label string, v any) {
	fmt.Printf("%s: %T %v\n", label, v, v)
}

func main() {
	items := []Item{{"pen", 1.5}, {"ink", 3}}
	show("items", items)
	show("by name", map[string]Item{"pen": items[0]})
	show("pointers", []*Order{})
	var anything any = []Order{{1, items}}
	fmt.Printf("%+v\n", anything)
	values := []any{items, Order{2, nil}, 7}
	for _, v := range values {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
}
