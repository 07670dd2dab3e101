package main

import (
	"encoding/json"
	"fmt"
)

type SKU string
type Qty int

func record(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func dump(xs ...any) {
	fmt.Println(xs...)
	b, _ := json.Marshal(xs)
	fmt.Println(string(b))
	for _, x := range xs {
		fmt.Print(x, ";")
	}
	fmt.Println()
}

func main() {
	fmt.Println(record("new %s (%s) x%d %v", SKU("A1"), "widget", Qty(3), 4))
	dump(SKU("B2"), "plain", Qty(5), 6)
}
