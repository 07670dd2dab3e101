package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Product struct {
	SKU   string
	Price int
	Stock int
}

type Cart struct {
	items map[string]int
	order []string
}

func (c *Cart) Add(sku string, n int) {
	if c.items == nil {
		c.items = map[string]int{}
	}
	if _, ok := c.items[sku]; !ok {
		c.order = append(c.order, sku)
	}
	c.items[sku] += n
}

type Store struct {
	catalog map[string]*Product
	sales   int
}

func (s *Store) Checkout(c *Cart) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("checkout aborted: %v", r)
			total = 0
		}
	}()
	for _, sku := range c.order {
		p, ok := s.catalog[sku]
		if !ok {
			panic("unknown sku " + sku)
		}
		if p.Stock < c.items[sku] {
			return 0, fmt.Errorf("%s: only %d left", sku, p.Stock)
		}
	}
	for _, sku := range c.order {
		p := s.catalog[sku]
		p.Stock -= c.items[sku]
		total += p.Price * c.items[sku]
	}
	s.sales += total
	return total, nil
}

func main() {
	rng := rand.New(rand.NewSource(7))
	store := &Store{catalog: map[string]*Product{
		"tea":    {"tea", 350, 10},
		"mug":    {"mug", 1200, 3},
		"kettle": {"kettle", 4500, 1},
	}}
	skus := []string{"tea", "mug", "kettle", "spoon"}
	for i := 1; i <= 6; i++ {
		var c Cart
		n := 1 + rng.Intn(3)
		for j := 0; j < n; j++ {
			c.Add(skus[rng.Intn(len(skus))], 1+rng.Intn(2))
		}
		var parts []string
		for _, s := range c.order {
			parts = append(parts, fmt.Sprintf("%s×%d", s, c.items[s]))
		}
		total, err := store.Checkout(&c)
		if err != nil {
			fmt.Printf("cart %d [%s]: %v\n", i, strings.Join(parts, ", "), err)
			continue
		}
		fmt.Printf("cart %d [%s]: %d.%02d\n", i, strings.Join(parts, ", "), total/100, total%100)
	}
	fmt.Println("sales", store.sales)
	for _, k := range []string{"kettle", "mug", "tea"} {
		fmt.Printf("%+v\n", *store.catalog[k])
	}
}
