package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Variable shadowing with := in inner scopes: the outer variable silently
// keeps its old value.

type Client struct{ name string }

var errConfig = errors.New("bad config")

func newClient(debug bool) (*Client, error) {
	if debug {
		return &Client{"debug"}, nil
	}
	return &Client{"prod"}, nil
}

func shadowed(debug bool) *Client {
	var client *Client
	if debug {
		client, err := newClient(true) // shadows client
		if err != nil {
			return nil
		}
		_ = client
	} else {
		client, _ = newClient(false)
	}
	return client
}

func fixed(debug bool) (*Client, error) {
	var client *Client
	var err error
	if debug {
		client, err = newClient(true)
	} else {
		client, err = newClient(false)
	}
	return client, err
}

func parseAll(inputs []string) (total int, err error) {
	for _, in := range inputs {
		n, err := strconv.Atoi(in) // shadows the named result err
		if err != nil {
			return total, fmt.Errorf("parse %q: %w", in, err)
		}
		total += n
	}
	return total, err
}

func lastError(inputs []string) error {
	var err error
	for _, in := range inputs {
		if _, err := strconv.Atoi(in); err != nil {
			continue // outer err never set
		}
	}
	return err
}

func lastErrorFixed(inputs []string) error {
	var err error
	for _, in := range inputs {
		if _, e := strconv.Atoi(in); e != nil {
			err = e
		}
	}
	return err
}

func main() {
	fmt.Println(shadowed(true) == nil, shadowed(false).name)
	c, err := fixed(true)
	fmt.Println(c.name, err)

	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x"}))

	fmt.Println(lastError([]string{"1", "x"}))
	fmt.Println(lastErrorFixed([]string{"1", "x", "2"}))

	// Shadowing a package name.
	fmt := "not the fmt package"
	_ = fmt
	printIt(len(fmt))

	// Shadowing builtins is legal.
	len := func(s string) int { return 42 }
	printIt(len("abc"))

	x := 1
	{
		x := 2
		x++
		printIt(x)
	}
	printIt(x)

	if x := "inner"; x != "" {
		printIt(x)
	}

	var true = false
	printIt(true)
	printIt(errors.Is(errConfig, errConfig))
}

func printIt(v any) {
	fmt.Println("value:", v)
}
