// x8b: Go prints 1000; both styles: panic: 1000 not an Int (float constant as array length).
package main

import "fmt"

func main() {
	var a [1e3]bool
	fmt.Println(len(a))
}
