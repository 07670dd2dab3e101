package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Category int

const (
	Grocery Category = iota
	Electronics
	Clothing
)

func (c Category) String() string {
	switch c {
	case Grocery:
		return "Grocery"
	case Electronics:
		return "Electronics"
	case Clothing:
		return "Clothing"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type LineItem struct {
	Name     string
	Cat      Category
	Qty      int
	Price    float64
	Discount float64
}

func (li LineItem) Total() float64 {
	return float64(li.Qty) * li.Price * (1 - li.Discount)
}

var taxRates = map[Category]float64{Grocery: 0.0, Electronics: 0.08, Clothing: 0.05}

func main() {
	items := []LineItem{
		{"Apples (lb)", Grocery, 3, 1.49, 0},
		{"USB cable", Electronics, 2, 9.99, 0.10},
		{"T-shirt", Clothing, 1, 15.00, 0.25},
		{"Bread", Grocery, 1, 3.25, 0},
		{"Headphones", Electronics, 1, 59.95, 0},
	}
	width := 44
	title := "CORNER STORE"
	pad := (width - len(title)) / 2
	fmt.Printf("%s%s\n", strings.Repeat(" ", pad), title)
	fmt.Println(strings.Repeat("-", width))
	subtotal, tax := 0.0, 0.0
	byCat := make(map[Category]float64)
	for _, it := range items {
		t := it.Total()
		subtotal += t
		tax += t * taxRates[it.Cat]
		byCat[it.Cat] += t
		fmt.Printf("%-14s %2d x %6.2f %8.2f", it.Name, it.Qty, it.Price, t)
		if it.Discount > 0 {
			fmt.Printf(" (-%.0f%%)", it.Discount*100)
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("-", width))
	fmt.Printf("%-26s %8.2f\n%-26s %8.2f\n%-26s %8.2f\n", "Subtotal", subtotal, "Tax", tax, "TOTAL", subtotal+tax)
	fmt.Println(byCat)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "category\titems\tamount\t")
	for _, c := range []Category{Grocery, Electronics, Clothing, Category(7)} {
		n := 0
		for _, it := range items {
			if it.Cat == c {
				n++
			}
		}
		fmt.Fprintf(w, "%v\t%d\t%.2f\t\n", c, n, byCat[c])
	}
	w.Flush()

	it := items[1]
	fmt.Printf("%v\n%+v\n%#v\n%T\n", it, it, it, it)
	fmt.Printf("%q %v %d %x %o %b\n", it.Name, it.Cat, it.Cat, 255, 8, 5)
	fmt.Printf("|%8.3f|%-8.1f|%08.2f|%+d|%e|%g|\n", 3.14159, 2.5, -3.5, 42, 123456.789, 1e21)
	fmt.Printf("|%5s|%-5s|%.2s|%5t|%c|%U|\n", "ab", "cd", "xyz", true, 'G', 'é')
	fmt.Printf("%v %v %d\n", []string(nil), map[string]int(nil), []int(nil))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%6v|%-6v|%06d|%x\n", Clothing, true, -42, -255)
	var ip *int
	fmt.Println(ip, fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%x %X % X %#x\n", "hi", []byte{1, 171}, []byte{1, 171}, 3054)
}
