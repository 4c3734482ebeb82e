// paths are Files, never URIs: a space in the project path must not matter (see conventions)
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Generated 1 delegation for 1 customer from customers.json into target/lighthouse (5 files written, 0 unchanged, 0 removed).')
def params = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lighthouse/tailspin/d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a/ops.parameters.json'))
assert params.parameters.authorizations.value*.roleDefinitionId.contains('cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e')
return true
