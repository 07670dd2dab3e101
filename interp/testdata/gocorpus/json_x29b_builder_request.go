package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Method string

type Request struct {
	Method  Method            `json:"method"`
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers,omitempty"`
	Query   []Param           `json:"query,omitempty"`
	Body    json.RawMessage   `json:"body,omitempty"`
	Retries int               `json:"retries"`
}

type Param struct {
	Key, Value string
}

func (p Param) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.Key + "=" + p.Value)
}

func (p *Param) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("bad param %q", s)
	}
	p.Key, p.Value = k, v
	return nil
}

type RequestBuilder struct {
	req  Request
	errs []error
}

func NewRequest(method Method, url string) *RequestBuilder {
	b := &RequestBuilder{req: Request{Method: method, URL: url}}
	if !strings.HasPrefix(url, "https://") {
		b.errs = append(b.errs, fmt.Errorf("url %q: https required", url))
	}
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	if b.req.Headers == nil {
		b.req.Headers = map[string]string{}
	}
	b.req.Headers[k] = v
	return b
}

func (b *RequestBuilder) Param(k, v string) *RequestBuilder {
	b.req.Query = append(b.req.Query, Param{k, v})
	return b
}

func (b *RequestBuilder) JSONBody(v any) *RequestBuilder {
	data, err := json.Marshal(v)
	if err != nil {
		b.errs = append(b.errs, err)
		return b
	}
	b.req.Body = data
	return b
}

func (b *RequestBuilder) Retries(n int) *RequestBuilder {
	if n < 0 {
		b.errs = append(b.errs, errors.New("negative retries"))
	}
	b.req.Retries = n
	return b
}

func (b *RequestBuilder) Build() (Request, error) {
	if len(b.errs) > 0 {
		return Request{}, errors.Join(b.errs...)
	}
	sort.Slice(b.req.Query, func(i, j int) bool { return b.req.Query[i].Key < b.req.Query[j].Key })
	return b.req, nil
}

func main() {
	req, err := NewRequest("POST", "https://api.example.com/users").
		Header("Content-Type", "application/json").
		Header("X-Trace", "abc123").
		Param("page", "2").
		Param("limit", "50").
		JSONBody(map[string]any{"name": "Ada", "admin": true, "langs": []string{"go", "c"}}).
		Retries(3).
		Build()
	fmt.Println("err:", err)
	out, _ := json.MarshalIndent(req, "", "  ")
	fmt.Println(string(out))

	var back Request
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("unmarshal:", err)
	}
	fmt.Printf("%+v\n", back.Query)
	fmt.Println(string(back.Body), back.Headers["X-Trace"])

	_, err = NewRequest("GET", "http://insecure").Retries(-1).JSONBody(func() {}).Build()
	fmt.Println(err)

	simple, _ := NewRequest("GET", "https://x.io").Build()
	s, _ := json.Marshal(simple)
	fmt.Println(string(s))
	err = json.Unmarshal([]byte(`{"query":["novalue"]}`), &back)
	fmt.Println(err)
}
