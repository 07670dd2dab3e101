package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type Method string

const (
	GET    Method = "GET"
	POST   Method = "POST"
	DELETE Method = "DELETE"
)

type Request struct {
	Method  Method
	URL     string
	Headers map[string]string
	Query   url.Values
	Body    string
	Timeout int
}

type RequestBuilder struct {
	req  Request
	errs []error
}

func NewRequestBuilder(base string) *RequestBuilder {
	return &RequestBuilder{req: Request{Method: GET, URL: base, Headers: map[string]string{}, Query: url.Values{}, Timeout: 30}}
}

func (b *RequestBuilder) Method(m Method) *RequestBuilder {
	b.req.Method = m
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	if k == "" {
		b.errs = append(b.errs, errors.New("empty header name"))
		return b
	}
	b.req.Headers[strings.ToLower(k)] = v
	return b
}

func (b *RequestBuilder) Param(k string, vs ...string) *RequestBuilder {
	for _, v := range vs {
		b.req.Query.Add(k, v)
	}
	return b
}

func (b *RequestBuilder) JSONBody(s string) *RequestBuilder {
	b.req.Body = s
	return b.Header("Content-Type", "application/json")
}

func (b *RequestBuilder) Timeout(sec int) *RequestBuilder {
	if sec <= 0 {
		b.errs = append(b.errs, fmt.Errorf("timeout must be positive, got %d", sec))
	}
	b.req.Timeout = sec
	return b
}

func (b *RequestBuilder) Build() (*Request, error) {
	if b.req.Method == GET && b.req.Body != "" {
		b.errs = append(b.errs, errors.New("GET request cannot have a body"))
	}
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	r := b.req
	return &r, nil
}

func (r *Request) String() string {
	var sb strings.Builder
	u := r.URL
	if q := r.Query.Encode(); q != "" {
		u += "?" + q
	}
	fmt.Fprintf(&sb, "%s %s (timeout %ds)\n", r.Method, u, r.Timeout)
	keys := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "  %s: %s\n", k, r.Headers[k])
	}
	if r.Body != "" {
		fmt.Fprintf(&sb, "  body: %s\n", r.Body)
	}
	return sb.String()
}

func main() {
	r, err := NewRequestBuilder("https://api.example.com/users").
		Param("page", "2").
		Param("sort", "name", "-age").
		Param("q", "a b&c").
		Header("Accept", "application/json").
		Header("X-Trace-Id", "abc123").
		Build()
	fmt.Print(r, err, "\n")

	r, err = NewRequestBuilder("https://api.example.com/users").
		Method(POST).
		JSONBody(`{"name":"Zed"}`).
		Timeout(5).
		Build()
	fmt.Print(r, err, "\n")

	r, err = NewRequestBuilder("https://x").
		Header("", "v").
		Timeout(-1).
		JSONBody("{}").
		Build()
	fmt.Printf("%v\n---\n%v\n", r, err)
	fmt.Printf("%q %v\n", DELETE, Method("PATCH"))
}
