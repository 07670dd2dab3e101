// Exercises: strings.Split, SplitN, Fields, FieldsFunc, Cut, TrimFunc, parsing a CSV-ish line
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	line := "  lr=0.01; epochs=20 ;batch=32;; "
	for _, kv := range strings.Split(strings.TrimSpace(line), ";") {
		kv = strings.TrimSpace(kv)
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		fmt.Printf("%q=%q %v\n", k, v, ok)
	}
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c "))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
}
