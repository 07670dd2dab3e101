package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 62 {
		b = append([]byte{alphabet[n%62]}, b...)
	}
	return string(b)
}

var (
	ErrInvalidURL = errors.New("invalid url")
	ErrNotFound   = errors.New("short code not found")
)

type Shortener struct {
	mu      sync.Mutex
	next    uint64
	byCode  map[string]string
	byURL   map[string]string
	hits    sync.Map
	baseURL string
}

func NewShortener(base string) *Shortener {
	return &Shortener{next: 100000, byCode: map[string]string{}, byURL: map[string]string{}, baseURL: base}
}

// canonical lowercases scheme and host, drops default ports, fragments and
// tracking parameters, and sorts the query.
func canonical(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("%w: %q needs http(s) scheme and host", ErrInvalidURL, raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if p := u.Port(); p != "" && !(p == "80" && u.Scheme == "http") && !(p == "443" && u.Scheme == "https") {
		host += ":" + p
	}
	u.Host = host
	u.Fragment = ""
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(k, "utm_") {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}

func (s *Shortener) Shorten(raw string) (string, bool, error) {
	c, err := canonical(raw)
	if err != nil {
		return "", false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if code, ok := s.byURL[c]; ok {
		return s.baseURL + code, false, nil
	}
	code := encode(s.next)
	s.next += 7919
	s.byCode[code] = c
	s.byURL[c] = code
	return s.baseURL + code, true, nil
}

func (s *Shortener) Resolve(short string) (string, error) {
	code := strings.TrimPrefix(short, s.baseURL)
	s.mu.Lock()
	target, ok := s.byCode[code]
	s.mu.Unlock()
	if !ok {
		return "", fmt.Errorf("%w: %s", ErrNotFound, code)
	}
	v, _ := s.hits.LoadOrStore(code, new(int))
	*v.(*int)++
	return target, nil
}

func main() {
	s := NewShortener("https://sho.rt/")
	inputs := []string{
		"https://Example.com:443/docs?b=2&a=1&utm_source=mail#intro",
		"https://example.com/docs?a=1&b=2",
		"http://example.com:8080",
		"HTTP://Go.dev/doc/effective_go?q=go+maps&lang=en",
		"ftp://files.example.com/x",
		"://broken",
		"https://example.com/search?q=caf%C3%A9&q=bar",
	}
	var shorts []string
	for _, in := range inputs {
		short, created, err := s.Shorten(in)
		if err != nil {
			fmt.Printf("%-60s ERR %v (invalid=%t)\n", in, err, errors.Is(err, ErrInvalidURL))
			continue
		}
		shorts = append(shorts, short)
		fmt.Printf("%-60s %s new=%t\n", in, short, created)
	}
	for i, sh := range append(shorts, shorts[0], "https://sho.rt/zzz") {
		target, err := s.Resolve(sh)
		fmt.Println(i, target, err)
	}
	var codes []string
	s.hits.Range(func(k, v any) bool {
		codes = append(codes, fmt.Sprintf("%s:%d", k, *v.(*int)))
		return true
	})
	sort.Strings(codes)
	fmt.Println(codes)
	u, _ := url.Parse("https://user:pa%20ss@host.io:9000/p/a%2Fb?x=1#frag")
	pw, _ := u.User.Password()
	fmt.Println(u.User.Username(), pw, u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.Fragment)
}
