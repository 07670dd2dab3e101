package main

import (
	"errors"
	"fmt"
)

type closer struct {
	name string
	fail bool
}

func (c *closer) Close() error {
	fmt.Println("closing", c.name)
	if c.fail {
		return errors.New(c.name + " close failed")
	}
	return nil
}

func process() (err error) {
	for _, c := range []*closer{{"a", false}, {"b", true}, {"c", true}} {
		defer func() {
			if cerr := c.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
	}
	return errors.New("work failed")
}

func deferredMethodValue() {
	c := &closer{name: "first"}
	defer c.Close()
	c = &closer{name: "second"}
	defer c.Close()
}

func main() {
	fmt.Println(process())
	deferredMethodValue()
	x := 0
	defer func(v int) { fmt.Println("arg at defer:", v, "closure sees:", x) }(x)
	x = 42
}
