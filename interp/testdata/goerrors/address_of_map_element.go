// Compile error: taking the address of a map element.
// Expected: invalid operation: cannot take address of scores["ann"]
package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 3}
	p := &scores["ann"]
	fmt.Println(*p)
}
