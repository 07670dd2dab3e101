package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Client struct {
	baseURL string
	timeout time.Duration
	retries int
	headers map[string]string
	onError func(error)
}

type Option func(*Client) error

func WithTimeout(d time.Duration) Option {
	return func(c *Client) error {
		if d <= 0 {
			return fmt.Errorf("timeout must be positive, got %v", d)
		}
		c.timeout = d
		return nil
	}
}

func WithRetries(n int) Option {
	return func(c *Client) error { c.retries = n; return nil }
}

func WithHeader(k, v string) Option {
	return func(c *Client) error {
		if c.headers == nil {
			c.headers = map[string]string{}
		}
		c.headers[strings.ToLower(k)] = v
		return nil
	}
}

func WithErrorHook(f func(error)) Option {
	return func(c *Client) error { c.onError = f; return nil }
}

func New(base string, opts ...Option) (*Client, error) {
	c := &Client{baseURL: strings.TrimRight(base, "/"), timeout: 30 * time.Second, retries: 1}
	var errs []error
	for _, o := range opts {
		if err := o(c); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new client: %w", err)
	}
	return c, nil
}

func (c *Client) Describe() string {
	return fmt.Sprintf("%s timeout=%v retries=%d headers=%v hook=%t", c.baseURL, c.timeout, c.retries, c.headers, c.onError != nil)
}

func main() {
	var seen []string
	c, err := New("https://api.example.com///",
		WithTimeout(1500*time.Millisecond),
		WithHeader("X-Api-Key", "k1"),
		WithHeader("Accept", "application/json"),
		WithErrorHook(func(e error) { seen = append(seen, e.Error()) }),
	)
	fmt.Println(err)
	fmt.Println(c.Describe())
	c.onError(errors.New("boom"))
	fmt.Println(seen)
	_, err = New("x", WithTimeout(0), WithTimeout(-time.Minute), WithRetries(3))
	fmt.Println(err)
	defaults, _ := New("http://local")
	fmt.Println(defaults.Describe())
	preset := []Option{WithRetries(5), WithTimeout(time.Minute)}
	c2, _ := New("http://x", append(preset, WithRetries(2))...)
	fmt.Println(c2.Describe())
}
