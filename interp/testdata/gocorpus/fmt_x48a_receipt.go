package main

import (
	"fmt"
	"strings"
)

type Line struct {
	Desc  string
	Qty   int
	Price float64
}

const taxRate = 0.0825

func main() {
	lines := []Line{
		{"Notebook", 3, 2.49},
		{"Pencil (pack of 12)", 1, 4.99},
		{"Eraser", 2, 0.75},
		{"Backpack", 1, 34.5},
	}
	width := 44
	fmt.Println(strings.Repeat("=", width))
	title := "SCHOOL SUPPLY STORE"
	pad := (width - len(title)) / 2
	fmt.Printf("%*s%s\n", pad, "", title)
	fmt.Println(strings.Repeat("=", width))
	fmt.Printf("%-22s %4s %7s %8s\n", "Item", "Qty", "Price", "Total")
	var subtotal float64
	for _, l := range lines {
		t := float64(l.Qty) * l.Price
		subtotal += t
		desc := l.Desc
		if len(desc) > 20 {
			desc = desc[:17] + "..."
		}
		fmt.Printf("%-22s %4d %7.2f %8.2f\n", desc, l.Qty, l.Price, t)
	}
	fmt.Println(strings.Repeat("-", width))
	tax := subtotal * taxRate
	fmt.Printf("%34s %8.2f\n", "Subtotal:", subtotal)
	fmt.Printf("%34s %8.2f\n", fmt.Sprintf("Tax (%.2f%%):", taxRate*100), tax)
	fmt.Printf("%34s %8.2f\n", "TOTAL:", subtotal+tax)
	fmt.Printf("%-10s|%10s|\n", "left", "right")
	fmt.Printf("%05d|%+d|%x|%X|%o|%b\n", 42, 42, 255, 255, 8, 5)
	fmt.Printf("%8.3f|%-8.2f|%08.3f\n", 3.14159, 2.5, -1.5)
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%6.2f%%\n", 12.3456)
}
