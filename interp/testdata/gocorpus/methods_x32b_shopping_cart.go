package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Cart struct {
	Items    []Item
	Coupons  map[string]float64
	currency string
}

func (c *Cart) Add(sku string, price float64, qty int) {
	for i := range c.Items {
		if c.Items[i].SKU == sku {
			c.Items[i].Qty += qty
			return
		}
	}
	c.Items = append(c.Items, Item{sku, price, qty})
}

func (c Cart) Subtotal() float64 {
	s := 0.0
	for _, it := range c.Items {
		s += it.Total()
	}
	return s
}

func (c Cart) Discount() float64 {
	best := 0.0
	for _, pct := range c.Coupons {
		best = max(best, pct)
	}
	return c.Subtotal() * best / 100
}

func (c Cart) Receipt() string {
	var sb strings.Builder
	items := append([]Item(nil), c.Items...)
	sort.Slice(items, func(i, j int) bool { return items[i].Total() > items[j].Total() })
	for _, it := range items {
		fmt.Fprintf(&sb, "%-8s %3d x %6.2f = %7.2f\n", it.SKU, it.Qty, it.Price, it.Total())
	}
	fmt.Fprintf(&sb, "%-8s %25.2f\n%-8s %25.2f\n%-8s %22.2f %s\n", "subtotal", c.Subtotal(), "discount", -c.Discount(), "total", c.Subtotal()-c.Discount(), c.currency)
	return sb.String()
}

func main() {
	cart := Cart{currency: "EUR"}
	cart.Add("apple", 0.5, 6)
	cart.Add("bread", 2.25, 1)
	cart.Add("cheese", 7.8, 2)
	cart.Add("apple", 0.5, 4)
	fmt.Print(cart.Receipt())

	// mistake: ranging by value does not change the cart
	for _, it := range cart.Items {
		it.Price *= 2
	}
	fmt.Println("after value loop:", cart.Items[0].Price)
	for i := range cart.Items {
		cart.Items[i].Price *= 0.9
	}
	fmt.Printf("after index loop: %.2f\n", cart.Items[0].Price)

	// mistake: coupons map is nil, writing panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cart.Coupons["SAVE10"] = 10
	}()
	cart.Coupons = map[string]float64{"SAVE10": 10, "VIP": 15}
	fmt.Print(cart.Receipt())

	// aliasing: copies of Cart share the slice backing array
	other := cart
	other.Items[0].Qty = 1
	other.Add("wine", 12, 1)
	fmt.Println(len(cart.Items), len(other.Items), cart.Items[0].Qty)

	base := make([]Item, 2, 4)
	x := append(base, Item{SKU: "x"})
	y := append(base, Item{SKU: "y"})
	fmt.Println(x[2].SKU, y[2].SKU, len(base), cap(base))

	byPtr := map[string]*Item{}
	for i := range cart.Items {
		byPtr[cart.Items[i].SKU] = &cart.Items[i]
	}
	byPtr["bread"].Qty = 5
	fmt.Println(cart.Items[1], len(byPtr))
	fmt.Printf("%v\n%+v\n", cart.Items[:2], cart.Items[2])
}
