package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// visit hands a node to the lowerings of its construct: one line per
// lowering, each in a file of its own.
func (c *cell) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.TypeSwitchStmt:
		c.refuseGenericPointerCase(n)
		c.lowerSwitchCaseInstances(n)
		c.lowerTopLevelTypeSwitch(n)
		c.lowerTypeSwitch(n)
		c.lowerWrappedSwitch(n)
		c.lowerNilTypeSwitch(n)
		if !c.lowerAnySwitch(n) {
			c.lowerInterfaceCases(n)
		}
		c.lowerUnboundTypeSwitch(n)
	case *ast.SelectStmt:
		c.lowerSelectBranches(n)
		if !c.lowerSelectCases(n) {
			c.lowerSelectSendValues(n)
		}
	case *ast.SwitchStmt:
		c.refuseSameShapeSwitch(n)
		if !c.lowerFallthroughDefault(n) {
			c.lowerSwitchInit(n)
		}
		c.lowerInterfaceTagSwitch(n)
		c.lowerCaseList(n)
		c.boxNamedCases(n)
	case *ast.TypeAssertExpr:
		if c.lowerGenericPointerAssert(n) || c.lowerStaticAssert(n) || c.lowerImpliedAssert(n) || c.namedAssert(n) {
			break
		}
		if c.lowerTypeAssert(n) {
			break
		}
		c.lowerWrappedAssert(n)
		c.lowerAssertFromAny(n)
		c.lowerTypedNilAssert(n)
		c.lowerNilAssert(n)
	case *ast.FuncLit:
		c.lowerLoopClosure(n)
		c.lowerNamedResults(n.Type, n.Body)
		c.lowerUnnamedParams(nil, n.Type)
		c.prepareDeferList(n, n.Body)
		c.preparePanics(n, n.Body)
	case *ast.FuncDecl:
		c.lowerGenericSelfInClosure(n)
		c.stubComposingGeneric(n)
		c.lowerInit(n)
		c.lowerInlineConstraints(n.Type.TypeParams)
		c.lowerGroupedParams(n)
		c.lowerGenericVariadicDecl(n)
		c.prepareDeferList(n, n.Body)
		c.preparePanics(n, n.Body)
		c.lowerNamedResults(n.Type, n.Body)
		if n.Body != nil {
			c.lowerUnnamedParams(n.Recv, n.Type)
		}
	case *ast.DeferStmt:
		c.lowerDeferArgs(n)
		c.takePanics(n)
	case *ast.GoStmt:
		c.lowerGoArgs(n)
	case *ast.AssignStmt:
		c.lowerTopLevelBlankAssign(n)
		c.lowerTopLevelBlanks(n)
		c.lowerPackageVarAssign(n)
		if len(n.Rhs) == 1 {
			c.lowerShiftCount(n.Tok, n.Rhs[0])
		}
		c.lowerDeferredLiteral(n.Lhs, n.Rhs)
		c.lowerIfaceCopyAssign(n)
		c.lowerCommaOkAssign(n)
		c.lowerMixedAssign(n)
		c.lowerEmptyIfaceAssign(n)
		c.lowerCompositeAmong(n.Lhs, n.Rhs, n.Tok == token.DEFINE)
		if !hasCompositeAmong(n.Rhs) {
			c.lowerGenericAmong(assignValues(n))
		}
		c.lowerTupleMapAssign(n)
		c.lowerCompiledFieldAssign(n)
		c.lowerNamedResultCall(n)
		c.lowerUnaryIntoInterface(c.assignTargets(n), n.Rhs)
		c.lowerGenericDefine(n)
		c.lowerSelfRedefine(n)
		c.lowerTopLevelDefineType(n)
		c.lowerTopLevelBlankDefine(n)
		c.lowerStoreAfterCall(n)
		if len(n.Lhs) == len(n.Rhs) && !c.isSelectCase(n) {
			c.lowerReceiveResult(n.Rhs)
		}
	case *ast.DeclStmt:
		c.lowerLocalType(n)
		c.hoistLocalTypeArg(n)
	case *ast.GenDecl:
		c.lowerGenericVar(n)
		c.lowerBlankVar(n)
		c.lowerMultiVar(n)
		c.lowerConstSpec(n)
		c.lowerAliasDecl(n)
	case *ast.BinaryExpr:
		c.lowerMisfoldedConstant(n)
		c.refuseSameShapeCompare(n)
		c.lowerShiftCount(n.Op, n.Y)
		c.lowerShiftedConstant(n)
		c.lowerMixedCompare(n)
		c.lowerTypedNilCompare(n)
		c.lowerBoxedCompare(n)
		c.lowerKeyedCompare(n)
		if !c.lowerCompiledInterfaceCompare(n) {
			c.lowerInterfaceCompare(n)
		}
	case *ast.UnaryExpr:
		c.lowerLoopVarAddr(n)
	case *ast.ArrayType, *ast.SliceExpr:
		c.lowerFloatConstantIndex(n)
	case *ast.IndexExpr:
		c.premakeInstance(n)
		c.lowerFloatConstantIndex(n)
		c.lowerInstanceTypeArg(n)
		c.lowerInternedKeys(n)
		c.lowerAliasUse(n)
		c.lowerBoxedIndex(n)
	case *ast.IndexListExpr:
		if c.lowerGenericInterfaceInstance(n) {
			break
		}
		c.premakeInstance(n)
		if c.lowerPointerToInstance(n) {
			break
		}
		c.lowerGenericFuncValue(n)
		c.lowerAliasUse(n)
		c.lowerInstanceTypeArgs(n)
	case *ast.BlockStmt:
		c.lowerBounds(n.List)
	case *ast.CaseClause:
		c.lowerBounds(n.Body)
	case *ast.CommClause:
		c.lowerBounds(n.Body)
	case *ast.ForStmt:
		c.lowerMissingLoopCond(n)
		c.lowerBodyBoxes(n, n.Body)
		c.lowerLoopBox(n)
		c.lowerTopLevelLoopGenerics(n)
		c.proveLoopBounds(n)
		c.lowerLoopVarShadow(n.Init, nil, nil, token.ILLEGAL, n.Body)
	case *ast.RangeStmt:
		c.lowerRangeBox(n)
		c.lowerBodyBoxes(n, n.Body)
		c.lowerTopLevelLoopGenerics(n)
		c.lowerRangeChanSeq(n)
		c.lowerRangeAssign(n)
		c.lowerLoopVarShadow(nil, n.Key, n.Value, n.Tok, n.Body)
		c.lowerRangeKeyAssigned(n)
		c.proveLoopBounds(n)
		c.lowerRangeString(n)
		c.lowerRangeInt(n)
		c.lowerRangeFunc(n)
		c.lowerRangeArray(n)
		c.lowerRangeChanElems(n)
		c.lowerTopLevelBlankKey(n)
	case *ast.SelectorExpr:
		c.refuseUnsafe(n)
		if c.lowerLoggerFatal(n) {
			break
		}
		c.lowerStdPackage(n)
		c.lowerErasedFieldUse(n)
		c.lowerMethodValue(n)
		c.lowerMethodExpr(n)
		c.lowerInterfaceMethodValue(n)
		c.lowerTopLevelConversionCall(n)
		c.lowerPromotedInterfaceMethod(n)
	case *ast.Ident:
		c.lowerBoxedUse(n)
		c.refuseGenericMethodValues(n)
		if !c.lowerForwardFuncValue(n) {
			c.lowerReservedName(n)
			c.lowerLocalTypeName(n)
		}
		c.makeResultInstances(n)
		c.refuseComposingGenericCall(n)
		if !c.lowerGenericVariadicCall(n) {
			c.lowerGenericCall(n)
		}
		c.lowerAliasUse(n)
	case *ast.FuncType:
		c.lowerSelfResults(n)
	case *ast.CallExpr:
		c.lowerUnsafeConstant(n)
		c.refuseUnnamedClone(n)
		c.lowerVariadicValueCall(n)
		c.lowerIOWriteString(n)
		c.refuseFieldInterface(n)
		c.refuseLossyReflectCall(n)
		c.refuseResponseController(n)
		c.lowerInternedKeys(n)
		c.lowerGenericFuncConversion(n)
		c.premakeResult(n)
		c.premakeCalleeInstances(n)
		c.lowerMakeOfInstance(n)
		c.lowerTypeFor(n)
		c.lowerValueType(n)
		c.lowerValueField(n)
		c.lowerValueOfAny(n)
		c.lowerValueInterface(n)
		c.lowerRawTypeArgs(n)
		c.lowerAsType(n)
		c.lowerNilSpread(n)
		c.lowerEmptyVariadic(n)
		c.lowerXMLRoot(n)
		c.lowerVariadicPack(n)
		c.lowerIOArgs(n)
		c.lowerMisfoldedConstant(n)
		c.lowerNewOfValue(n)
		c.lowerFloatConstantIndex(n)
		c.lowerGoroutineStarter(n)
		c.lowerSelfResultCall(n)
		c.lowerSelfResultConversion(n)
		c.lowerPanicValue(n)
		c.lowerRecover(n)
		c.lowerIfaceCopyCall(n)
		c.lowerCompiledVariadic(n)
		c.lowerConstantLen(n)
		c.lowerSingleMinMax(n)
		c.lowerCompiledNamedMinMax(n)
		c.lowerValues(n)
		c.lowerLateOperands(n)
		c.lowerTypeParamConversion(n)
		c.lowerMakeDirectedChan(n)
		c.lowerClearNamed(n)
	case *ast.ExprStmt:
		c.lowerShownValue(n)
	case *ast.ValueSpec:
		if n.Type != nil {
			t := c.Info.TypeOf(n.Type)
			c.lowerUnaryIntoInterface(slices.Repeat([]types.Type{t}, len(n.Values)), n.Values)
		}
		c.lowerGenericPointerVar(n)
		c.lowerDeferredLiteral(identExprs(n.Names), n.Values)
		c.lowerIfaceCopySpec(n)
		c.lowerCompositeAmongSpec(n)
		if len(n.Names) == len(n.Values) && !hasCompositeAmong(n.Values) {
			c.lowerGenericAmong(n.Values)
		}
		c.lowerLocalGenericVar(n)
	case *ast.TypeSpec:
		c.lowerErasedFieldDecl(n)
		c.relaxTypeConstraints(n)
		c.lowerInlineConstraints(n.TypeParams)
		c.lowerSelfReferentialGeneric(n)
		c.refuseGenericCycle(n)
		c.refuseEmbeddedBackReference(n)
		c.lowerGenericTwin(n)
		c.lowerGenericInstances(n)
		c.lowerEmbeddedCompiledInterface(n)
		c.lowerLocalFromReceiver(n)
	case *ast.ReturnStmt:
		c.lowerReturnedBuiltins(n)
		c.lowerReturnedBool(n)
		c.lowerReturnedUnsigned(n)
		c.lowerReturnedComplex(n)
		c.lowerReturnedOperation(n)
		c.lowerReturnedNamedFunc(n)
		c.lowerReturnedGenericFunc(n)
		c.lowerReturnedFieldCalls(n)
		c.lowerSelfResultReturn(n)
		c.lowerIfaceCopyReturn(n)
		c.lowerReceiveResult(n.Results)
		c.lowerTopLevelReturn(n)
		c.lowerTupleReturn(n)
		c.lowerReturnedCallResults(n)
	case *ast.CompositeLit:
		c.lowerIfaceCopyLiteral(n)
		c.lowerGenericInstanceLiteral(n)
		c.registerInstanceLiteral(n)
		c.lowerInternedKeys(n)
		c.lowerElidedCompiledPointers(n)
		c.lowerCompiledInterfaceFields(n)
	case *ast.SendStmt:
		c.lowerIfaceCopySend(n)
	case *ast.LabeledStmt:
		c.lowerCollidingLabel(n)
		c.lowerBreakInSelect(n)
	}
}
