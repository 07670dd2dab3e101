package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Receipt struct {
	Store string
	Items []Item
	Cash  float64
}

func (r Receipt) total() float64 {
	var t float64
	for _, it := range r.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func center(s string, w int) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}

func main() {
	r := Receipt{
		Store: "Café Müller",
		Items: []Item{
			{"Espresso", 2, 2.40, []string{"hot"}},
			{"Croissant", 3, 1.95, nil},
			{"Bottled water", 1, 1.5, []string{"cold", "still"}},
		},
		Cash: 20,
	}
	const width = 32
	fmt.Println("+" + strings.Repeat("-", width) + "+")
	fmt.Printf("|%s|\n", center(r.Store, width))
	fmt.Println("+" + strings.Repeat("-", width) + "+")
	for _, it := range r.Items {
		fmt.Printf("|%-16.16s %2dx %*.2f|\n", it.Name, it.Qty, width-21, float64(it.Qty)*it.Price)
	}
	fmt.Printf("|%-20s %*.2f|\n", "TOTAL", width-21, r.total())
	fmt.Printf("|%-20s %*.2f|\n", "CHANGE", width-21, r.Cash-r.total())
	fmt.Println("+" + strings.Repeat("-", width) + "+")

	it := r.Items[2]
	fmt.Printf("%v\n%+v\n", it, it)
	fmt.Printf("%#v\n", r.Items[1])
	fmt.Printf("%T %T %T\n", r, r.Items, it.Tags)
	fmt.Printf("%q %v %d\n", it.Tags, []string(nil), []int{})
	fmt.Printf("%5t|%-5t|%s\n", true, false, fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Printf("%6.2f%%|%x|% x|%X\n", 12.345, "hi", "hi", []byte("ok"))
	fmt.Printf("%v %v\n", &it.Qty == nil, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%d %s\n", 42, "str")
	var ip *Item
	fmt.Printf("%v %+v\n", ip, map[string]Item{"k": {Name: "z"}})
	fmt.Println(fmt.Sprintln("end", 1) + "!")
}
