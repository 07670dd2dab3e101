// x8b: Go prints vel; both styles print pos - SILENT: expression switch on an any holding a same-structure type.
package main

import "fmt"

type pos struct{ r, c int }
type vel struct{ r, c int }

func main() {
	var a any = vel{1, 1}
	switch a {
	case pos{1, 1}:
		fmt.Println("pos")
	case vel{1, 1}:
		fmt.Println("vel")
	}
}
