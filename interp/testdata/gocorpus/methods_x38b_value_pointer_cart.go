package main

import "fmt"

type Item struct {
	Name  string
	Price int
}

type Cart struct {
	Owner string
	Items [3]Item
	Count int
	Tags  []string
}

func (c Cart) AddByValue(it Item) {
	if c.Count < len(c.Items) {
		c.Items[c.Count] = it
		c.Count++
	}
	c.Tags = append(c.Tags, "value")
}

func (c *Cart) Add(it Item) bool {
	if c.Count == len(c.Items) {
		return false
	}
	c.Items[c.Count] = it
	c.Count++
	return true
}

func (c Cart) Total() (t int) {
	for _, it := range c.Items[:c.Count] {
		t += it.Price
	}
	return
}

func (c *Cart) Tag(t string) *Cart {
	c.Tags = append(c.Tags, t)
	return c
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Shop struct {
	Counter
	Carts map[string]*Cart
	Saved map[string]Cart
}

func main() {
	c := Cart{Owner: "kim", Tags: make([]string, 0, 4)}
	c.AddByValue(Item{"ignored", 1})
	fmt.Println(c.Count, c.Tags, len(c.Tags), cap(c.Tags))
	c.Add(Item{"pen", 3})
	c.Add(Item{"ink", 12})
	snapshot := c
	c.Add(Item{"pad", 5})
	fmt.Println(c.Add(Item{"extra", 99}), c.Total(), snapshot.Total(), snapshot.Count)
	c.Tag("gift").Tag("rush")
	fmt.Println(c.Tags, snapshot.Tags)
	arr := c.Items
	arr[0].Price = 1000
	fmt.Println(c.Items[0], arr[0], c.Items == arr)

	shop := Shop{Carts: map[string]*Cart{}, Saved: map[string]Cart{}}
	shop.Carts["kim"] = &c
	shop.Saved["kim"] = c
	shop.Carts["kim"].Count = 1
	saved := shop.Saved["kim"]
	saved.Count = 0
	fmt.Println(c.Count, shop.Saved["kim"].Count, shop.Saved["kim"].Total())
	for _, name := range []string{"a", "b", "c"} {
		shop.Inc()
		shop.Carts[name] = &Cart{Owner: name}
	}
	fmt.Println(shop.n, len(shop.Carts))
	inc := shop.Inc
	inc()
	inc()
	fmt.Println(shop.Counter.n)

	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Price *= 10
	}
	for i := range items {
		items[i].Price += 100
	}
	p := &items[1]
	items = append(items, Item{"c", 3})
	p.Price = -1
	fmt.Println(items)
	type pair struct{ a, b Item }
	x := pair{Item{"q", 1}, Item{"r", 2}}
	y := x
	y.b.Name = "changed"
	fmt.Printf("%v %v %t\n", x, y, x == y)
	fmt.Printf("%+v\n", c)
}
