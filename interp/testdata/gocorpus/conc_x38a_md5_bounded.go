package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// An in-memory "file system" standing in for the blog post's filepath.Walk.
var files = map[string]string{
	"a.txt":     "hello, world\n",
	"b.txt":     "gophers\n",
	"dir/c.txt": "",
	"dir/d.txt": "pipelines and cancellation\n",
	"bad.bin":   "\x00",
	"e.txt":     "the end\n",
}

type result struct {
	path string
	sum  [md5.Size]byte
	err  error
}

func walkFiles(done <-chan struct{}) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		names := make([]string, 0, len(files))
		for name := range files {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			select {
			case paths <- name:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	return paths, errc
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for path := range paths {
		data := files[path]
		var err error
		if len(data) > 0 && data[0] == 0 {
			err = fmt.Errorf("%s: binary file", path)
		}
		select {
		case c <- result{path, md5.Sum([]byte(data)), err}:
		case <-done:
			return
		}
	}
}

func MD5All() (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)

	paths, errc := walkFiles(done)

	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()

	m := make(map[string][md5.Size]byte)
	var firstErr error
	for r := range c {
		if r.err != nil {
			if firstErr == nil || r.path < errPath(firstErr) {
				firstErr = r.err
			}
			continue
		}
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, firstErr
}

func errPath(err error) string {
	var p string
	fmt.Sscanf(err.Error(), "%s", &p)
	return p
}

func main() {
	m, err := MD5All()
	fmt.Println("error:", err)
	var paths []string
	for path := range m {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		fmt.Printf("%x  %s\n", m[path], path)
	}
}
