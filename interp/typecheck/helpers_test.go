package typecheck

import (
	"go/types"

	"github.com/traefik/yaegi/stdlib"
)

func testImporter() types.ImporterFrom { return NewImporter(stdlib.Symbols) }
