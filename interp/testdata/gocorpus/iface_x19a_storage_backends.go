package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

type Store interface {
	Put(key string, r io.Reader) (int64, error)
	Get(key string) (io.ReadCloser, error)
	List(prefix string) []string
}

type memStore struct{ data map[string][]byte }

func (m *memStore) Put(k string, r io.Reader) (int64, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, r)
	if err != nil {
		return n, err
	}
	m.data[k] = buf.Bytes()
	return n, nil
}

func (m *memStore) Get(k string) (io.ReadCloser, error) {
	b, ok := m.data[k]
	if !ok {
		return nil, &fs.PathError{Op: "get", Path: k, Err: fs.ErrNotExist}
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

func (m *memStore) List(p string) []string {
	var ks []string
	for k := range m.data {
		if strings.HasPrefix(k, p) {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}

type quotaStore struct {
	Store
	limit, used int64
}

var ErrQuota = errors.New("quota exceeded")

func (q *quotaStore) Put(k string, r io.Reader) (int64, error) {
	lr := &io.LimitedReader{R: r, N: q.limit - q.used + 1}
	n, err := q.Store.Put(k, lr)
	if err != nil {
		return n, err
	}
	if q.used+n > q.limit {
		return n, fmt.Errorf("put %s (%d bytes, %d/%d used): %w", k, n, q.used, q.limit, ErrQuota)
	}
	q.used += n
	return n, nil
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	var s Store = &quotaStore{Store: &memStore{data: map[string][]byte{}}, limit: 20}
	puts := []struct{ k, v string }{{"docs/a.txt", "hello"}, {"docs/b.txt", "world!!"}, {"img/x.png", "0123456789"}, {"docs/c.txt", "tiny"}}
	for _, p := range puts {
		n, err := s.Put(p.k, upperReader{strings.NewReader(p.v)})
		fmt.Println(p.k, n, err, errors.Is(err, ErrQuota))
	}
	fmt.Println(s.List("docs/"), s.List(""))
	for _, k := range []string{"docs/b.txt", "nope"} {
		rc, err := s.Get(k)
		if err != nil {
			var pe *fs.PathError
			fmt.Println("error:", err, errors.Is(err, fs.ErrNotExist), errors.As(err, &pe) && pe.Op == "get")
			continue
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%s => %q\n", k, b)
	}
	if q, ok := s.(*quotaStore); ok {
		fmt.Println("used", q.used, "of", q.limit)
	}
	var w io.Writer = &bytes.Buffer{}
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isStringer)
}
