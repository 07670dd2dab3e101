package typecheck

import (
	"sort"
	"testing"

	"github.com/gobackprop/gobackprop/interp/symbols"
	"github.com/traefik/yaegi/stdlib"
)

func TestSweep(t *testing.T) {
	ref := newReference()
	im := NewImporter(stdlib.Symbols, symbols.Symbols)
	var paths []string
	for p := range im.members {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, path := range paths {
		got, err := im.Import(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		want, err := ref.Import(path)
		if err != nil {
			t.Logf("%s: reference: %v", path, err)
			continue
		}
		for _, name := range got.Scope().Names() {
			for _, d := range compareObjects(path+"."+name, got.Scope().Lookup(name), want.Scope().Lookup(name)) {
				t.Errorf("%s: got %s, want %s", d.key, d.got, d.want)
			}
		}
	}
}
