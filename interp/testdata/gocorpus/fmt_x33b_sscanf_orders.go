package main

import (
	"fmt"
	"sort"
	"strings"
)

type Order struct {
	ID       int
	Customer string
	Item     string
	Qty      int
	Price    float64
}

func (o Order) Total() float64 { return float64(o.Qty) * o.Price }

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

func parseOrders(input string) ([]Order, []error) {
	var orders []Order
	var errs []error
	for i, line := range strings.Split(input, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var o Order
		n, err := fmt.Sscanf(line, "%d %s %s %d @ %f", &o.ID, &o.Customer, &o.Item, &o.Qty, &o.Price)
		if err != nil {
			errs = append(errs, &ParseError{i + 1, line, fmt.Errorf("parsed %d fields: %w", n, err)})
			continue
		}
		orders = append(orders, o)
	}
	return orders, errs
}

const input = `
1001 alice widget 3 @ 2.50
1002 bob gadget 1 @ 19.99
1003 alice gizmo two @ 5.00
1004 carol widget 10 @ 2.25
1005 bob
1006 dave doohickey 4 @ 0.99
`

func main() {
	orders, errs := parseOrders(input)
	for _, o := range orders {
		fmt.Printf("%d %-6s %-10s %3d %6.2f %7.2f\n", o.ID, o.Customer, o.Item, o.Qty, o.Price, o.Total())
	}
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	spend := map[string]float64{}
	for _, o := range orders {
		spend[o.Customer] += o.Total()
	}
	type kv struct {
		Name  string
		Spend float64
	}
	var list []kv
	for k, v := range spend {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Spend > list[j].Spend })
	for i, e := range list {
		fmt.Printf("%d. %+v\n", i+1, e)
	}
	var a, b int
	var op string
	n, err := fmt.Sscan("7 x 6", &a, &op, &b)
	fmt.Println(n, err, a, op, b)
	var name string
	var age int
	n, err = fmt.Sscanf("name=Zed age=33", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var hex int
	var r rune
	fmt.Sscanf("ff Z", "%x %c", &hex, &r)
	fmt.Println(hex, string(r))
	fmt.Printf("%v|%6.2v|%-8q|%x\n", orders[0], 3.14159, "hi", "hi")
}
