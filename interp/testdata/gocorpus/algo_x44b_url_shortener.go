package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return string(alphabet[0])
	}
	var b []byte
	for n > 0 {
		b = append(b, alphabet[n%62])
		n /= 62
	}
	slices.Reverse(b)
	return string(b)
}

func decode(s string) (uint64, error) {
	var n uint64
	for _, c := range s {
		i := strings.IndexRune(alphabet, c)
		if i < 0 {
			return 0, fmt.Errorf("invalid character %q", c)
		}
		n = n*62 + uint64(i)
	}
	return n, nil
}

type Shortener struct {
	mu     sync.RWMutex
	urls   []string
	byURL  map[string]string
	clicks map[string]int
}

func (s *Shortener) shorten(w http.ResponseWriter, r *http.Request) {
	var in struct{ URL string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	u, err := url.Parse(in.URL)
	if err == nil && (u.Scheme != "http" && u.Scheme != "https" || u.Host == "") {
		err = errors.New("only absolute http(s) URLs")
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	s.mu.Lock()
	code, ok := s.byURL[in.URL]
	if !ok {
		s.urls = append(s.urls, in.URL)
		code = encode(uint64(len(s.urls)-1) + 100000)
		s.byURL[in.URL] = code
	}
	s.mu.Unlock()
	status := http.StatusCreated
	if ok {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"code": code, "short": "https://sho.rt/" + code})
}

func (s *Shortener) follow(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	n, err := decode(code)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil || n < 100000 || n-100000 >= uint64(len(s.urls)) {
		http.NotFound(w, r)
		return
	}
	s.clicks[code]++
	http.Redirect(w, r, s.urls[n-100000], http.StatusFound)
}

func main() {
	s := &Shortener{byURL: map[string]string{}, clicks: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /shorten", s.shorten)
	mux.HandleFunc("GET /{code}", s.follow)

	var codes []string
	for _, body := range []string{
		`{"URL":"https://go.dev/doc/"}`,
		`{"URL":"https://pkg.go.dev/net/http?tab=doc#ServeMux"}`,
		`{"URL":"https://go.dev/doc/"}`,
		`{"URL":"ftp://files.example.com"}`,
		`{"URL":"::bad"}`,
		`{"URL":"/relative"}`,
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("POST", "/shorten", strings.NewReader(body)))
		fmt.Printf("%d %s", rec.Code, rec.Body.String())
		var out map[string]string
		if json.Unmarshal(rec.Body.Bytes(), &out) == nil && out["code"] != "" {
			codes = append(codes, out["code"])
		}
	}
	for _, c := range append(codes, "zzzz", "!!", "") {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/"+c, nil))
		fmt.Printf("GET /%-5s -> %d %s\n", c, rec.Code, rec.Header().Get("Location"))
	}
	fmt.Println(s.clicks)
	for _, n := range []uint64{0, 61, 62, 3843, 1 << 40} {
		e := encode(n)
		d, _ := decode(e)
		fmt.Printf("%d=%s=%d ", n, e, d)
	}
	fmt.Println()
}
