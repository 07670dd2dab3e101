// go run:      append main.ItemAdded: closed
// gobackprop:  CompileError: fmt.Errorf with %T of a value of a type the cell declares ... is
//
//	not supported by gobackprop (clear error; from sim_x13b_event_sourcing.go,
//	both styles)
package main

import (
	"errors"
	"fmt"
)

type ItemAdded struct{ SKU string }

func main() {
	var e any = ItemAdded{"x"}
	fmt.Println(fmt.Errorf("append %T: %w", e, errors.New("closed")))
}
