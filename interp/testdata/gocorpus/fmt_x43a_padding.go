package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type row struct {
	item  string
	qty   int
	price float64
}

func widest(rows []row) int {
	w := len("Item")
	for _, r := range rows {
		if n := utf8.RuneCountInString(r.item); n > w {
			w = n
		}
	}
	return w
}

func main() {
	rows := []row{
		{"Coffee", 2, 3.5},
		{"Croissant", 1, 2.25},
		{"Orange juice", 3, 4},
		{"Crème brûlée", 1, 6.75},
	}
	w := widest(rows)
	fmt.Printf("%-*s | %*s | %8s\n", w, "Item", 4, "Qty", "Price")
	fmt.Println(strings.Repeat("-", w+1) + "+" + strings.Repeat("-", 6) + "+" + strings.Repeat("-", 9))
	var total float64
	for _, r := range rows {
		fmt.Printf("%-*s | %*d | %8.2f\n", w, r.item, 4, r.qty, r.price*float64(r.qty))
		total += r.price * float64(r.qty)
	}
	fmt.Printf("%*s   %8.2f\n", w+7, "TOTAL", total)
	fmt.Printf("[%5s][%-5s][%05d][%+d][%x][%X][%o][%b]\n", "ab", "ab", 42, 42, 255, 255, 8, 5)
	fmt.Printf("[%8.3f][%-8.2e][%g][%G]\n", 3.14159, 12345.678, 1e21, 1e-7)
	fmt.Printf("[%q][%+q][%#q][%x][% x]\n", "héllo", "héllo", "hi`x", "hi", "hi")
	fmt.Printf("[%c][%U][%#U][%q]\n", 'é', 'é', '世', 'x')
	fmt.Printf("[%t][%v][%v]\n", true, nil, []string(nil))
	fmt.Printf("[%6.2f%%]\n", 12.345)
	fmt.Printf("%[2]s %[1]s %[2]s\n", "a", "b")
	fmt.Println(fmt.Sprintf("%-10v|", []int{1, 2}), fmt.Sprintf("%10v|", map[string]int{"b": 2, "a": 1}))
	fmt.Printf("%T %T %T %T\n", rows, rows[0], w, 'x')
	fmt.Printf("%v\n%+v\n%#v\n", rows[0], rows[0], rows[0])
}
