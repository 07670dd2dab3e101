// x8b: Go prints building table, init, 3; both styles print init first - SILENT: init ran before the variable initializer.
package main

import "fmt"

var table = build()

func build() []int {
	fmt.Println("building table")
	return []int{1, 2, 3}
}

func init() {
	fmt.Println("init")
}

func main() {
	fmt.Println(len(table))
}
