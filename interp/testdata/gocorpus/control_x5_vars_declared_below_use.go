// Exercises: package-level variables declared below the functions and
// methods that use them (sentinel errors, a table, a counter), as Go
// lets a package order its declarations freely.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func lookup(name string) (int, error) {
	calls++
	v, ok := prices[strings.ToLower(name)]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", name, ErrNotFound)
	}
	return v, nil
}

type Cart struct{ items []string }

func (c *Cart) Total() (int, error) {
	total := 0
	for _, it := range c.items {
		p, err := lookup(it)
		if err != nil {
			return total, err
		}
		total += p
	}
	return total + shipping, nil
}

var ErrNotFound = errors.New("not found")

var prices = map[string]int{"apple": 3, "pear": 4}

var (
	calls    int
	shipping = defaultShipping * 2
)

const defaultShipping = 5

func main() {
	c := &Cart{[]string{"Apple", "pear"}}
	fmt.Println(c.Total())
	c.items = append(c.items, "kiwi")
	t, err := c.Total()
	fmt.Println(t, err, errors.Is(err, ErrNotFound))
	fmt.Println("calls:", calls)
}
