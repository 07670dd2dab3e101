package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method  string
	URL     string
	Headers map[string]string
	Body    []byte
	Retries int
}

type RequestBuilder struct {
	req  Request
	errs []error
}

func NewRequest(url string) *RequestBuilder {
	return &RequestBuilder{req: Request{Method: "GET", URL: url, Headers: map[string]string{}}}
}

func (b *RequestBuilder) Method(m string) *RequestBuilder {
	switch m {
	case "GET", "POST", "PUT", "DELETE":
		b.req.Method = m
	default:
		b.errs = append(b.errs, fmt.Errorf("bad method %q", m))
	}
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	b.req.Headers[strings.ToLower(k)] = v
	return b
}

func (b *RequestBuilder) Body(s string) *RequestBuilder {
	b.req.Body = []byte(s)
	return b
}

func (b *RequestBuilder) Retries(n int) *RequestBuilder {
	if n < 0 {
		b.errs = append(b.errs, errors.New("retries must be >= 0"))
	}
	b.req.Retries = n
	return b
}

func (b *RequestBuilder) Build() (Request, error) {
	if len(b.errs) > 0 {
		return Request{}, errors.Join(b.errs...)
	}
	if b.req.Method == "GET" && len(b.req.Body) > 0 {
		return Request{}, errors.New("GET with body")
	}
	return b.req, nil
}

func (r Request) String() string {
	keys := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s", r.Method, r.URL)
	for _, k := range keys {
		fmt.Fprintf(&sb, " [%s=%s]", k, r.Headers[k])
	}
	if len(r.Body) > 0 {
		fmt.Fprintf(&sb, " body=%dB", len(r.Body))
	}
	fmt.Fprintf(&sb, " retries=%d", r.Retries)
	return sb.String()
}

func main() {
	r1, err := NewRequest("/api/users").Header("Accept", "json").Retries(3).Build()
	fmt.Println(r1, err)
	r2, err := NewRequest("/api/users").Method("POST").Body(`{"n":1}`).
		Header("Content-Type", "application/json").Header("X-Id", "7").Build()
	fmt.Println(r2, err)
	_, err = NewRequest("/x").Method("PATCH").Retries(-1).Build()
	fmt.Println("error:", err)
	_, err = NewRequest("/x").Body("data").Build()
	fmt.Println("error:", err)
	fmt.Printf("%v\n", r2.Headers)
	fmt.Printf("%+v\n", struct {
		M string
		N int
	}{r2.Method, r2.Retries})
}
