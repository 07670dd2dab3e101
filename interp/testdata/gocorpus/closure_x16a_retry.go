package main

import (
	"errors"
	"fmt"
	"strings"
)

type Option func(*Client)

type Client struct {
	name    string
	retries int
	backoff []int
	hooks   []func(attempt int, err error)
}

func WithRetries(n int) Option { return func(c *Client) { c.retries = n } }
func WithName(s string) Option { return func(c *Client) { c.name = s } }
func WithHook(h func(int, error)) Option {
	return func(c *Client) { c.hooks = append(c.hooks, h) }
}

func NewClient(opts ...Option) *Client {
	c := &Client{name: "default", retries: 1}
	for _, o := range opts {
		o(c)
	}
	return c
}

var errTemp = errors.New("temporary")

func (c *Client) Do(op func(attempt int) (string, error)) (string, error) {
	var last error
	for a := 1; a <= c.retries; a++ {
		res, err := op(a)
		for _, h := range c.hooks {
			h(a, err)
		}
		if err == nil {
			return res, nil
		}
		last = err
		if !errors.Is(err, errTemp) {
			break
		}
		c.backoff = append(c.backoff, 1<<a)
	}
	return "", fmt.Errorf("%s: gave up: %w", c.name, last)
}

func flaky(failures int) func(int) (string, error) {
	calls := 0
	return func(a int) (string, error) {
		calls++
		if calls <= failures {
			return "", fmt.Errorf("call %d: %w", calls, errTemp)
		}
		return fmt.Sprintf("ok after %d", calls), nil
	}
}

func main() {
	var log []string
	hook := func(a int, err error) { log = append(log, fmt.Sprintf("%d:%v", a, err != nil)) }
	c := NewClient(WithName("api"), WithRetries(4), WithHook(hook))
	fmt.Println(c.Do(flaky(2)))
	fmt.Println(c.Do(flaky(5)))
	fmt.Println(c.Do(func(int) (string, error) { return "", errors.New("fatal") }))
	fmt.Println(strings.Join(log, " "), c.backoff)
	d := NewClient()
	res, err := d.Do(flaky(0))
	fmt.Printf("%s %q %v %d\n", d.name, res, err, d.retries)
}
