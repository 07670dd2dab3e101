package docs

//go:generate go run ./gen docs.json.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"io"
	"sync"
)

//go:embed docs.json.gz
var compressed []byte

// Member is the documentation of one exported name of a package.
type Member struct {
	// Sig is the declaration of a function or type, as gofmt prints it
	// without a body ("func Println(a ...any) (n int, err error)"); empty
	// for constants and variables, whose type the compiled value tells.
	Sig string `json:"s,omitempty"`
	// Doc is the first paragraph of the documentation.
	Doc string `json:"d,omitempty"`
}

type pkg struct {
	Synopsis string            `json:"p,omitempty"`
	Members  map[string]Member `json:"m,omitempty"`
}

var table = sync.OnceValue(func() map[string]pkg {
	t := map[string]pkg{}
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		return t
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return t
	}
	json.Unmarshal(raw, &t)
	return t
})

// Synopsis returns the first sentence of the documentation of the package
// with import path path, and whether the table holds the package.
func Synopsis(path string) (string, bool) {
	p, ok := table()[path]
	return p.Synopsis, ok
}

// Lookup returns the documentation of the exported name of the package
// with import path path, and whether the table holds it. A method's name
// is "Type.Method".
func Lookup(path, name string) (Member, bool) {
	m, ok := table()[path].Members[name]
	return m, ok
}
